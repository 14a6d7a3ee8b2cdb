package nl.participationsuite.testsupport;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test configuration that counts the SQL statements of a request ({@link SqlStatements}): the
 * application's data source is wrapped before JPA, Liquibase and the process engine take it, and a
 * filter in front of every other (security included) counts a request that asks for it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && "dataSource".equals(beanName)
                        ? SqlStatements.counting(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCountingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String requestId = request.getHeader(SqlStatements.HEADER);
                if (requestId == null) {
                    chain.doFilter(request, response);
                    return;
                }
                SqlStatements.start();
                try {
                    chain.doFilter(request, response);
                }
                finally {
                    SqlStatements.stop(requestId);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
